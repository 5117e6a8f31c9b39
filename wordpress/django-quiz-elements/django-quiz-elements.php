<?php
/**
 * Plugin Name:       Django Quiz Elements
 * Plugin URI:        https://www.npmjs.com/package/django-quiz-elements
 * Description:       Django interview quizzes and spaced-repetition flashcards in any post: a block, or the [django_quiz] and [django_flashcard] shortcodes. Works for Authors and Contributors, who may not paste scripts.
 * Version:           0.1.0
 * Requires at least: 6.3
 * Requires PHP:      7.4
 * Author:            django-quiz-elements contributors
 * License:           MIT
 * License URI:       https://opensource.org/licenses/MIT
 * Text Domain:       django-quiz-elements
 *
 * @package DjangoQuizElements
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

define( 'DJANGO_QUIZ_ELEMENTS_VERSION', '0.1.0' );
define( 'DJANGO_QUIZ_ELEMENTS_FILE', __FILE__ );
define( 'DJANGO_QUIZ_ELEMENTS_DIR', __DIR__ );

require_once __DIR__ . '/includes/attributes.php';
require_once __DIR__ . '/includes/render.php';
require_once __DIR__ . '/includes/shortcodes.php';
require_once __DIR__ . '/includes/blocks.php';

add_action( 'init', 'django_quiz_elements_register_script', 5 );
add_action( 'init', 'django_quiz_elements_register_shortcodes' );
add_action( 'init', 'django_quiz_elements_register_blocks' );
