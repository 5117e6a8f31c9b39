<?php
// What blocks/editor.js needs from WordPress (the file @wordpress/scripts would generate; the
// editor script is plain JavaScript with no build step, so it is written by hand).
return array(
	'dependencies' => array( 'wp-blocks', 'wp-block-editor', 'wp-components', 'wp-element', 'wp-i18n', 'wp-server-side-render' ),
	'version'      => '0.1.0',
);
