<?php
/**
 * The allow-list: which attributes each element takes, and what each value may be.
 *
 * Everything an author writes (shortcode attributes, block attributes) goes through
 * django_quiz_elements_sanitize_attributes(); anything not listed here, or with a value that does
 * not fit, is dropped, so the element falls back to its own default.
 *
 * @package DjangoQuizElements
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/**
 * The elements the plugin renders, by short name.
 *
 * @return array<string, string> Short name => custom element tag.
 */
function django_quiz_elements_tags() {
	return array(
		'quiz'      => 'django-quiz',
		'flashcard' => 'django-flashcard',
	);
}

/**
 * The attributes one element accepts and the rule for each value.
 *
 * Rules: 'url', 'text', 'bool', 'topics', 'difficulty', 'lang', 'color', an array of allowed
 * strings, or array( 'int', min, max ).
 *
 * @param string $widget 'quiz' or 'flashcard'.
 * @return array<string, mixed>
 */
function django_quiz_elements_attribute_rules( $widget ) {
	$common = array(
		'src'          => 'url',
		'topics'       => 'topics',
		'difficulty'   => 'difficulty',
		'count'        => array( 'int', 0, 1000 ),
		'shuffle'      => 'bool',
		'seed'         => 'text',
		'load-timeout' => array( 'int', 1000, 120000 ),
		'no-persist'   => 'bool',
		'theme'        => array( 'light', 'dark' ),
		'lang'         => 'lang',
		'accent'       => 'color',
	);
	if ( 'flashcard' === $widget ) {
		return $common + array(
			'mode'        => array( 'review', 'browse' ),
			'new-per-day' => array( 'int', 0, 1000 ),
		);
	}
	return $common + array(
		'mode'      => array( 'practice', 'exam' ),
		'pass-mark' => array( 'int', 0, 100 ),
	);
}

/**
 * Normalises an attribute name: lower case, kebab case (`pass_mark`, `passMark` and `pass-mark`
 * are one attribute).
 *
 * @param string $name As written.
 * @return string
 */
function django_quiz_elements_attribute_name( $name ) {
	$name = preg_replace( '/([a-z0-9])([A-Z])/', '$1-$2', (string) $name );
	return str_replace( '_', '-', strtolower( $name ) );
}

/**
 * Reads a boolean the way authors write one: a bare flag, or yes/no, true/false, on/off, 1/0.
 *
 * @param mixed $value The raw value.
 * @return bool|null Null when it is not a boolean at all.
 */
function django_quiz_elements_bool( $value ) {
	if ( is_bool( $value ) ) {
		return $value;
	}
	if ( is_int( $value ) ) {
		return 0 !== $value;
	}
	$value = strtolower( trim( (string) $value ) );
	if ( in_array( $value, array( '', '1', 'true', 'yes', 'on' ), true ) ) {
		return true;
	}
	if ( in_array( $value, array( '0', 'false', 'no', 'off' ), true ) ) {
		return false;
	}
	return null;
}

/**
 * A comma-separated list of lower-case words, each matching $word; the rest are dropped.
 *
 * @param mixed  $value The raw value.
 * @param string $word  A regular expression for one item.
 * @return string|null
 */
function django_quiz_elements_list( $value, $word ) {
	$items = array();
	foreach ( explode( ',', strtolower( (string) $value ) ) as $item ) {
		$item = trim( $item );
		if ( '' !== $item && preg_match( $word, $item ) ) {
			$items[] = $item;
		}
	}
	return $items ? implode( ',', array_unique( $items ) ) : null;
}

/**
 * Checks one value against its rule.
 *
 * @param mixed $rule  See django_quiz_elements_attribute_rules().
 * @param mixed $value The raw value.
 * @return string|bool|null The clean value (true for a boolean that is on), or null to drop it.
 */
function django_quiz_elements_clean_value( $rule, $value ) {
	if ( is_array( $value ) || is_object( $value ) || null === $value ) {
		return null;
	}
	if ( 'bool' === $rule ) {
		return django_quiz_elements_bool( $value ) ? true : null;
	}
	$text = trim( (string) $value );
	if ( '' === $text ) {
		return null;
	}
	if ( is_array( $rule ) && 'int' === $rule[0] ) {
		if ( ! preg_match( '/^\d+$/', $text ) ) {
			return null;
		}
		$number = (int) $text;
		return ( $number >= $rule[1] && $number <= $rule[2] ) ? (string) $number : null;
	}
	if ( is_array( $rule ) ) {
		$text = strtolower( $text );
		return in_array( $text, $rule, true ) ? $text : null;
	}
	switch ( $rule ) {
		case 'url':
			// http(s) only, or a path on this site; esc_url_raw() returns '' for anything else.
			$url = esc_url_raw( $text, array( 'http', 'https' ) );
			return '' === $url ? null : $url;
		case 'topics':
			return django_quiz_elements_list( $text, '/^[a-z0-9][a-z0-9_-]{0,39}$/' );
		case 'difficulty':
			return django_quiz_elements_list( $text, '/^(easy|medium|hard)$/' );
		case 'lang':
			return preg_match( '/^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/', $text ) ? $text : null;
		case 'color':
			$color = sanitize_hex_color( $text );
			return $color ? $color : null;
		case 'text':
			$text = sanitize_text_field( $text );
			return '' === $text ? null : substr( $text, 0, 100 );
	}
	return null;
}

/**
 * Keeps the allowed attributes with clean values, in a stable order.
 *
 * Positional shortcode attributes (`[django_quiz shuffle]`) arrive with numeric keys: a positional
 * word that names a boolean attribute turns it on.
 *
 * @param string $widget 'quiz' or 'flashcard'.
 * @param array  $raw    Attributes as the author wrote them.
 * @return array<string, string|true>
 */
function django_quiz_elements_sanitize_attributes( $widget, $raw ) {
	$rules = django_quiz_elements_attribute_rules( $widget );
	$given = array();
	foreach ( (array) $raw as $name => $value ) {
		if ( is_int( $name ) ) {
			$name  = django_quiz_elements_attribute_name( $value );
			$value = true;
			if ( ! isset( $rules[ $name ] ) || 'bool' !== $rules[ $name ] ) {
				continue;
			}
		}
		$given[ django_quiz_elements_attribute_name( $name ) ] = $value;
	}
	$clean = array();
	foreach ( $rules as $name => $rule ) {
		if ( ! array_key_exists( $name, $given ) ) {
			continue;
		}
		$value = django_quiz_elements_clean_value( $rule, $given[ $name ] );
		if ( null !== $value ) {
			$clean[ $name ] = $value;
		}
	}
	return $clean;
}
