<?php
/**
 * Harbor Lights child theme: enqueue styles, the donation thermometer, and the newsletter sign-up.
 */

add_action( 'wp_enqueue_scripts', function () {
	wp_enqueue_style( 'harborlights', get_stylesheet_uri(), [], '1.4.2' );
	wp_enqueue_script( 'stripe-js', 'https://js.stripe.com/v3/', [], null, true );
	wp_add_inline_script( 'stripe-js', 'window.OH_STRIPE_PK = "«pk_live#donate»";' ); ⟦D theme-stripe-pk⟧
	wp_enqueue_script( 'gtag', 'https://www.googletagmanager.com/gtag/js?id=G-7QK2P9XW4M', [], null, false ); ⟦D theme-ga⟧
} );

// Campaign total for the thermometer: sum of Stripe charges tagged campaign=harborlights24, cached for 10 min.
function hl_campaign_total() {
	$cached = get_transient( 'hl_total' );
	if ( false !== $cached ) {
		return $cached;
	}
	$resp = wp_remote_get( 'https://api.stripe.com/v1/charges/search?query=' . rawurlencode( "metadata['campaign']:'harborlights24'" ), [
		'headers' => [ 'Authorization' => 'Bearer «rk_live#thermometer»' ], ⟦S theme-stripe-rk⟧
	] );
	$total = 0;
	foreach ( json_decode( wp_remote_retrieve_body( $resp ), true )['data'] ?? [] as $c ) {
		$total += $c['amount'];
	}
	set_transient( 'hl_total', $total, 600 );
	return $total;
}

// Newsletter form posts here; the key is the Mailchimp one the ETL uses.
add_action( 'admin_post_nopriv_hl_signup', function () {
	$email = sanitize_email( $_POST['email'] ?? '' );
	$dc = 'us21';
	wp_remote_request( "https://$dc.api.mailchimp.com/3.0/lists/«hex:10#audience»/members/" . md5( strtolower( $email ) ), [ ⟦D theme-mc-list⟧
		'method'  => 'PUT',
		'headers' => [ 'Authorization' => 'Basic ' . base64_encode( 'anystring:' . get_option( 'hl_mailchimp_key' ) ) ], ⟦D theme-mc-option⟧
		'body'    => wp_json_encode( [ 'email_address' => $email, 'status_if_new' => 'pending' ] ),
	] );
	wp_safe_redirect( home_url( '/thanks/' ) );
	exit;
} );
