name: 'Open Harbor donations'
type: module
description: 'Stripe Checkout and PayPal donation form, writes contributions to CiviCRM.'
core_version_requirement: ^10
package: Open Harbor
dependencies:
  - civicrm:civicrm
