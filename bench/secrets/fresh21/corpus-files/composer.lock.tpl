{
    "_readme": [
        "This file locks the dependencies of your project to a known state",
        "Read more about it at https://getcomposer.org/doc/01-basic-usage.md#installing-dependencies",
        "This file is @generated automatically"
    ],
    "content-hash": "«hex32#content-hash»", ⟦D lock-content-hash⟧
    "packages": [
        {
            "name": "civicrm/civicrm-core",
            "version": "5.69.2",
            "source": { "type": "git", "url": "https://github.com/civicrm/civicrm-core.git", "reference": "«sha1#civi-ref»" }, ⟦D lock-civi-ref⟧
            "dist": { "type": "zip", "url": "https://api.github.com/repos/civicrm/civicrm-core/zipball/«sha1#civi-ref»", "reference": "«sha1#civi-ref»", "shasum": "" }, ⟦D lock-civi-dist⟧
            "type": "library"
        },
        {
            "name": "drupal/webform",
            "version": "6.2.2",
            "source": { "type": "git", "url": "https://git.drupalcode.org/project/webform.git", "reference": "6.2.2" },
            "dist": { "type": "zip", "url": "https://ftp.drupal.org/files/projects/webform-6.2.2.zip", "reference": "6.2.2", "shasum": "«sha1#webform-sum»" }, ⟦D lock-webform-sum⟧
            "type": "drupal-module"
        },
        {
            "name": "drupal/smtp",
            "version": "1.2.0",
            "dist": { "type": "zip", "url": "https://ftp.drupal.org/files/projects/smtp-8.x-1.2.zip", "reference": "8.x-1.2", "shasum": "«sha1#smtp-sum»" }, ⟦D lock-smtp-sum⟧
            "type": "drupal-module"
        }
    ],
    "plugin-api-version": "2.6.0"
}
