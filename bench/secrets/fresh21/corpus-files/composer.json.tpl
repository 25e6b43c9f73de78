{
    "name": "openharbor/site",
    "description": "openharbor.org on Drupal 10 with CiviCRM",
    "type": "project",
    "license": "GPL-2.0-or-later",
    "repositories": [
        { "type": "composer", "url": "https://packages.drupal.org/8" }
    ],
    "require": {
        "civicrm/civicrm-core": "~5.69",
        "civicrm/civicrm-drupal-8": "~5.69",
        "composer/installers": "^2.0",
        "drupal/core-recommended": "^10.2",
        "drupal/admin_toolbar": "^3.4",
        "drupal/webform": "^6.2",
        "drupal/smtp": "^1.2",
        "drupal/recaptcha": "^3.2",
        "drush/drush": "^12.4"
    },
    "config": {
        "sort-packages": true,
        "allow-plugins": { "composer/installers": true, "civicrm/composer-compile-plugin": true }
    },
    "extra": {
        "installer-paths": { "web/core": ["type:drupal-core"], "web/modules/contrib/{$name}": ["type:drupal-module"] }
    }
}
