<!doctype html>
<html <?php language_attributes(); ?>>
<head>
	<meta charset="<?php bloginfo( 'charset' ); ?>">
	<meta name="viewport" content="width=device-width, initial-scale=1">
	<meta name="google-site-verification" content="«b64url:43#gsv»"> ⟦D hdr-gsv⟧
	<link rel="stylesheet" href="https://cdn.jsdelivr.net/npm/bootstrap@5.3.2/dist/css/bootstrap.min.css" integrity="sha384-«b64:48#bs-sri»" crossorigin="anonymous"> ⟦D hdr-sri⟧
	<link rel="icon" href="data:image/png;base64,«png_b64:60#favicon»"> ⟦D hdr-favicon⟧
	<?php wp_head(); ?>
</head>
<body <?php body_class(); ?>>
<header class="hl-header" style="--hl-accent: #0b4f6c; --hl-sand: #f4e1c1;">
	<a href="<?php echo esc_url( home_url( '/' ) ); ?>" class="hl-logo">Harbor Lights 2024</a>
	<a class="btn btn-warning" href="/donate/?utm_source=microsite&amp;utm_campaign=harborlights24&amp;ref=«hex:12#ref»">Donate</a> ⟦D hdr-ref⟧
</header>
