<?php
/**
 * [django_quiz …] and [django_flashcard …].
 *
 * Shortcodes run when the post is shown, after WordPress has filtered what the author saved, so
 * they work for Authors and Contributors, who lack the unfiltered_html capability and cannot save
 * a <script> or a <django-quiz> tag.
 *
 * @package DjangoQuizElements
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/**
 * Adds both shortcodes.
 */
function django_quiz_elements_register_shortcodes() {
	add_shortcode( 'django_quiz', 'django_quiz_elements_quiz_shortcode' );
	add_shortcode( 'django_flashcard', 'django_quiz_elements_flashcard_shortcode' );
}

/**
 * [django_quiz topics="orm,security" count="10" shuffle]
 *
 * @param array|string $atts Shortcode attributes ('' when there are none).
 * @return string
 */
function django_quiz_elements_quiz_shortcode( $atts ) {
	return django_quiz_elements_render( 'quiz', is_array( $atts ) ? $atts : array() );
}

/**
 * [django_flashcard topics="orm" mode="browse"]
 *
 * @param array|string $atts Shortcode attributes ('' when there are none).
 * @return string
 */
function django_quiz_elements_flashcard_shortcode( $atts ) {
	return django_quiz_elements_render( 'flashcard', is_array( $atts ) ? $atts : array() );
}
