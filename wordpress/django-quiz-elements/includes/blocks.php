<?php
/**
 * The "Django quiz" and "Django flashcards" blocks: dynamic blocks (the post stores only a block
 * comment with the settings, which WordPress keeps for every role) rendered on the server by the
 * same code as the shortcodes.
 *
 * @package DjangoQuizElements
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/**
 * Registers the editor script (plain JavaScript, no build step) and both blocks.
 */
function django_quiz_elements_register_blocks() {
	$asset = include DJANGO_QUIZ_ELEMENTS_DIR . '/blocks/editor.asset.php';
	wp_register_script(
		'django-quiz-elements-editor',
		plugins_url( 'blocks/editor.js', DJANGO_QUIZ_ELEMENTS_FILE ),
		$asset['dependencies'],
		$asset['version'],
		array( 'in_footer' => true )
	);
	wp_set_script_translations( 'django-quiz-elements-editor', 'django-quiz-elements' );

	foreach ( array_keys( django_quiz_elements_tags() ) as $widget ) {
		register_block_type(
			DJANGO_QUIZ_ELEMENTS_DIR . '/blocks/' . $widget,
			array(
				'render_callback' => function ( $attributes ) use ( $widget ) {
					return django_quiz_elements_render(
						$widget,
						$attributes,
						get_block_wrapper_attributes( array( 'class' => 'django-quiz-elements' ) )
					);
				},
			)
		);
	}
}
