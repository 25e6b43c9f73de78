<?php
/*
 * phpMyAdmin configuration for db1 (https://db1.ordertrail.local/pma/, VPN only).
 * Installed from phpMyAdmin-3.4.11-all-languages, config copied here so it survives upgrades.
 */

/*
 * This is needed for cookie based authentication to encrypt password in
 * cookie
 */
$cfg['blowfish_secret'] = '«alnum:46#pma-blowfish»'; /* YOU MUST FILL IN THIS FOR COOKIE AUTH! */ ⟦S pma-blowfish⟧

$i = 0;

/*
 * First server
 */
$i++;
$cfg['Servers'][$i]['auth_type'] = 'cookie'; ⟦D pma-auth-type⟧
$cfg['Servers'][$i]['host'] = 'localhost';
$cfg['Servers'][$i]['connect_type'] = 'tcp';
$cfg['Servers'][$i]['compress'] = false;
$cfg['Servers'][$i]['extension'] = 'mysqli';
$cfg['Servers'][$i]['AllowNoPassword'] = false; ⟦D pma-allownopw⟧

/* User used to manipulate with storage */
$cfg['Servers'][$i]['controluser'] = 'pma';
$cfg['Servers'][$i]['controlpass'] = '«rpw#pma-control»'; ⟦S pma-controlpass⟧

/* Storage database and tables */
$cfg['Servers'][$i]['pmadb'] = 'phpmyadmin';
$cfg['Servers'][$i]['bookmarktable'] = 'pma_bookmark';
$cfg['Servers'][$i]['relation'] = 'pma_relation';
$cfg['Servers'][$i]['table_info'] = 'pma_table_info';
$cfg['Servers'][$i]['table_coords'] = 'pma_table_coords';
$cfg['Servers'][$i]['pdf_pages'] = 'pma_pdf_pages';
$cfg['Servers'][$i]['column_info'] = 'pma_column_info';
$cfg['Servers'][$i]['history'] = 'pma_history';

$cfg['UploadDir'] = '';
$cfg['SaveDir'] = '';
$cfg['LoginCookieValidity'] = 14400;
$cfg['ShowPhpInfo'] = false;
?>
