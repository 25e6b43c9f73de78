<?php  if ( ! defined('BASEPATH')) exit('No direct script access allowed');
// Newsletter "Ordertrail Aktuell" (customers who ticked the box in their account)
$config['mailchimp_api_key'] = '«mailchimp#live»'; ⟦S mc-api-key⟧
$config['mailchimp_list_id'] = '«hexs:10#mclist»'; ⟦D mc-list-id⟧
$config['mailchimp_double_optin'] = TRUE;
$config['mailchimp_merge_fields'] = array('FNAME' => 'firstname', 'LNAME' => 'lastname', 'KDNR' => 'kdnr');
