-- MySQL dump 10.13  Distrib 5.1.49, for debian-linux-gnu (x86_64)
--
-- Host: localhost    Database: ordertrail
-- ------------------------------------------------------
-- Server version	5.1.49-3

/*!40101 SET @OLD_CHARACTER_SET_CLIENT=@@CHARACTER_SET_CLIENT */;
/*!40101 SET NAMES utf8 */;
/*!40014 SET @OLD_UNIQUE_CHECKS=@@UNIQUE_CHECKS, UNIQUE_CHECKS=0 */;

--
-- Table structure for table `ot_users`
--

DROP TABLE IF EXISTS `ot_users`;
CREATE TABLE `ot_users` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `login` varchar(64) NOT NULL,
  `email` varchar(128) NOT NULL,
  `pass_md5` char(32) NOT NULL,
  `role` enum('admin','office','warehouse','customer') NOT NULL DEFAULT 'customer',
  `created_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `login` (`login`)
) ENGINE=MyISAM AUTO_INCREMENT=5 DEFAULT CHARSET=utf8;

LOCK TABLES `ot_users` WRITE;
INSERT INTO `ot_users` VALUES
(1,'admin','technik@ordertrail.de','«md5#u1»','admin','2009-04-01 10:00:00'), ⟦D sql-md5-1⟧
(2,'sabine','sabine.wolf@ordertrail.de','«md5#u2»','office','2009-04-01 10:05:00'), ⟦D sql-md5-2⟧
(3,'lager1','lager@ordertrail.de','«md5#u3»','warehouse','2010-02-11 07:30:00'), ⟦D sql-md5-3⟧
(4,'K10234','einkauf@mueller-gastro.de','«md5#u4»','customer','2010-06-30 16:45:12'); ⟦D sql-md5-4⟧
UNLOCK TABLES;

--
-- Table structure for table `ot_settings`
--

DROP TABLE IF EXISTS `ot_settings`;
CREATE TABLE `ot_settings` (
  `name` varchar(64) NOT NULL,
  `value` text,
  PRIMARY KEY (`name`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

LOCK TABLES `ot_settings` WRITE;
INSERT INTO `ot_settings` VALUES ('shop_title','Ordertrail Großhandel'),('vat_default','19'),('invoice_prefix','RE-');
INSERT INTO `ot_settings` VALUES ('paypal_api_user','paypal_api1.ordertrail.de'),('paypal_api_pass','«paypal_pw#dump»'); ⟦S sql-paypal-pass⟧
INSERT INTO `ot_settings` VALUES ('ups_account','«upnum:6#upsacct»'),('session_salt_version','3');
UNLOCK TABLES;

/*!40014 SET UNIQUE_CHECKS=@OLD_UNIQUE_CHECKS */;
/*!40101 SET CHARACTER_SET_CLIENT=@OLD_CHARACTER_SET_CLIENT */;

-- Dump completed on 2011-03-14  2:15:01
