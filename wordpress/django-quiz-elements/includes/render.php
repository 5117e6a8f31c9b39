<?php
/**
 * Renders one widget and enqueues the script-tag file that defines it.
 *
 * @package DjangoQuizElements
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/**
 * Registers the script-tag file (assets/django-quiz-elements.js, the package's
 * dist/django-quiz-elements.js). It is enqueued only by a page that shows a widget, and
 * WordPress prints one <script> for it however many widgets the page has.
 */
function django_quiz_elements_register_script() {
	wp_register_script(
		'django-quiz-elements',
		plugins_url( 'assets/django-quiz-elements.js', DJANGO_QUIZ_ELEMENTS_FILE ),
		array(),
		DJANGO_QUIZ_ELEMENTS_VERSION,
		array(
			'in_footer' => true,
			'strategy'  => 'defer',
		)
	);
	// Block themes outline any focused element (Twenty Twenty-Four: `.wp-site-blocks *:focus`); a
	// widget counts as focused while focus is inside it, so the whole card got a black frame. The
	// widgets draw their own focus rings inside, so the frame around the element is turned off.
	wp_register_style( 'django-quiz-elements', false, array(), DJANGO_QUIZ_ELEMENTS_VERSION );
	wp_add_inline_style( 'django-quiz-elements', 'django-quiz:focus,django-flashcard:focus{outline:0}' );
}

/**
 * The HTML of one widget: the custom element with its allowed attributes, every value escaped.
 *
 * @param string $widget  'quiz' or 'flashcard'.
 * @param array  $raw     Attributes as the author wrote them (shortcode or block).
 * @param string $wrapper Extra attributes for the wrapper <div>, already escaped (a block's).
 * @return string
 */
function django_quiz_elements_render( $widget, $raw, $wrapper = '' ) {
	$tags = django_quiz_elements_tags();
	if ( ! isset( $tags[ $widget ] ) ) {
		return '';
	}
	$tag   = $tags[ $widget ];
	$attrs = django_quiz_elements_sanitize_attributes( $widget, $raw );
	wp_enqueue_script( 'django-quiz-elements' );
	wp_enqueue_style( 'django-quiz-elements' );

	$html = '';
	foreach ( $attrs as $name => $value ) {
		if ( 'accent' === $name ) {
			$html .= ' style="' . esc_attr( '--django-accent: ' . $value ) . '"';
		} elseif ( true === $value ) {
			$html .= ' ' . $name;
		} elseif ( 'src' === $name ) {
			$html .= ' src="' . esc_url( $value, array( 'http', 'https' ) ) . '"';
		} else {
			$html .= ' ' . $name . '="' . esc_attr( $value ) . '"';
		}
	}
	$fallback = 'flashcard' === $widget
		? __( 'These Django flashcards need JavaScript.', 'django-quiz-elements' )
		: __( 'This Django quiz needs JavaScript.', 'django-quiz-elements' );

	$wrapper = '' === $wrapper ? 'class="django-quiz-elements"' : $wrapper;
	return '<div ' . $wrapper . '><' . $tag . $html . '><noscript>' . esc_html( $fallback )
		. '</noscript></' . $tag . '></div>';
}
