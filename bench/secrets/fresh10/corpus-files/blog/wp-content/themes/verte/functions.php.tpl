<?php
/**
 * Verte theme (child of Kadence) — newsletter form, Algolia autocomplete, care-guide shortcodes.
 */

add_action( 'wp_enqueue_scripts', function () {
	wp_enqueue_style( 'verte', get_stylesheet_uri(), [ 'kadence-global' ], '2.3.1' );
	wp_enqueue_script( 'algolia-autocomplete', 'https://cdn.jsdelivr.net/npm/@algolia/autocomplete-js@1.11.0', [], null, true );
	wp_add_inline_script( 'algolia-autocomplete', sprintf(
		'window.MV_SEARCH = %s;',
		wp_json_encode( [
			'appId'     => '«algolia_app#mv»', ⟦D fn-algolia-app⟧
			'searchKey' => '«hex:32#algolia-search»', ⟦D fn-algolia-search⟧
			'index'     => 'mv_prod_articles',
		] )
	), 'before' );
} );

/**
 * Newsletter sign-up (footer form) → Mailchimp audience "Jardiniers".
 */
function verte_newsletter_subscribe( WP_REST_Request $request ) {
	$email = sanitize_email( $request->get_param( 'email' ) );
	if ( ! is_email( $email ) ) {
		return new WP_Error( 'invalid_email', __( 'Adresse e-mail invalide', 'verte' ), [ 'status' => 400 ] );
	}
	$api_key  = '«mailchimp:us21#blog»'; ⟦S fn-mailchimp⟧
	$list_id  = '«hex:10#mc-list»'; ⟦D fn-mc-list⟧
	$server   = substr( $api_key, strpos( $api_key, '-' ) + 1 );
	$response = wp_remote_post( "https://{$server}.api.mailchimp.com/3.0/lists/{$list_id}/members", [
		'headers' => [ 'Authorization' => 'Basic ' . base64_encode( 'verte:' . $api_key ) ],
		'body'    => wp_json_encode( [ 'email_address' => $email, 'status' => 'pending', 'tags' => [ 'blog' ] ] ),
		'timeout' => 8,
	] );
	if ( is_wp_error( $response ) ) {
		return $response;
	}
	return [ 'ok' => wp_remote_retrieve_response_code( $response ) < 300 ];
}

add_action( 'rest_api_init', function () {
	register_rest_route( 'verte/v1', '/newsletter', [
		'methods'             => 'POST',
		'callback'            => 'verte_newsletter_subscribe',
		'permission_callback' => '__return_true',
	] );
} );

add_shortcode( 'care_level', function ( $atts ) {
	$level = intval( $atts['level'] ?? 1 );
	return '<span class="care-level care-level--' . $level . '">' . str_repeat( '🌿', $level ) . '</span>';
} );
