<?php
# Skyraid community wiki (MediaWiki 1.41) — exported from the old VPS before the move to wiki.gg.
# Kept here so the export can be re-imported; see wiki/README.md.

if ( !defined( 'MEDIAWIKI' ) ) {
	exit;
}

$wgSitename = "Skyraid Wiki";
$wgMetaNamespace = "Skyraid_Wiki";
$wgScriptPath = "";
$wgServer = "https://wiki.skyraid.gg";
$wgResourceBasePath = $wgScriptPath;
$wgLogos = [
	'1x' => "$wgResourceBasePath/resources/assets/skyraid-logo.png",
	'icon' => "$wgResourceBasePath/resources/assets/skyraid-icon.png",
];

$wgEnableEmail = true;
$wgEnableUserEmail = true;
$wgEmergencyContact = "community@pixelforge.games";
$wgPasswordSender = "wiki-noreply@pixelforge.games";

$wgSMTP = [
	'host' => 'ssl://smtp.eu.mailgun.org',
	'IDHost' => 'skyraid.gg',
	'port' => 465,
	'auth' => true,
	'username' => 'wiki@mg.skyraid.gg',
	'password' => '«pwr#wiki-smtp»', ⟦S wk-smtp⟧
];

$wgDBtype = "mysql";
$wgDBserver = "localhost";
$wgDBname = "skyraid_wiki";
$wgDBuser = "wikiuser";
$wgDBpassword = "«weak#wikidb»"; ⟦S wk-db⟧
$wgDBprefix = "";
$wgDBTableOptions = "ENGINE=InnoDB, DEFAULT CHARSET=binary";

$wgMainCacheType = CACHE_ACCELERATOR;
$wgEnableUploads = true;
$wgUseImageMagick = true;
$wgImageMagickConvertCommand = "/usr/bin/convert";

$wgLanguageCode = "en";
$wgLocaltimezone = "UTC";

$wgSecretKey = "«hexsecret:64#wiki-secret»"; ⟦S wk-secretkey⟧
# Changing this will log out all existing sessions.
$wgAuthenticationTokenVersion = "1";
$wgUpgradeKey = "«hexsecret:16#wiki-upgrade»"; ⟦S wk-upgradekey⟧

$wgRightsPage = "";
$wgRightsUrl = "https://creativecommons.org/licenses/by-sa/4.0/";
$wgRightsText = "Creative Commons Attribution-ShareAlike";
$wgDiff3 = "/usr/bin/diff3";

$wgDefaultSkin = "vector-2022";
wfLoadSkin( 'Vector' );
wfLoadExtension( 'Cite' );
wfLoadExtension( 'ParserFunctions' );
wfLoadExtension( 'TemplateStyles' );
wfLoadExtension( 'ConfirmEdit' );
wfLoadExtension( 'ConfirmEdit/QuestyCaptcha' );

$wgCaptchaQuestions = [
	'What is the name of the airship you start with in Skyraid?' => 'Kestrel',
];

$wgGroupPermissions['*']['createaccount'] = true;
$wgGroupPermissions['*']['edit'] = false;
