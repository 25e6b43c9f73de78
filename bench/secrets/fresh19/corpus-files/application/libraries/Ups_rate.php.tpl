<?php  if ( ! defined('BASEPATH')) exit('No direct script access allowed');

/**
 * UPS Rating + Shipping (SOAP, RateWS / ShipWS 2013 schema). WSDLs are in application/third_party/ups/.
 */
class Ups_rate {

    const WSDL_RATE = 'application/third_party/ups/RateWS.wsdl';
    const ENDPOINT_LIVE = 'https://onlinetools.ups.com/webservices/Rate';
    const ENDPOINT_TEST = 'https://wwwcie.ups.com/webservices/Rate'; ⟦D ups-test-endpoint⟧

    // UPS account 8X9F21, developer kit login "ordertrail_versand"
    private $access_license = '«ups_lic#live»'; ⟦S ups-license⟧
    private $username = 'ordertrail_versand';
    private $password = '«hpw#upsweb»'; ⟦S ups-password⟧
    private $shipper_number = '8X9F21'; ⟦D ups-shipper-number⟧

    public function rate(array $from, array $to, $weight_kg, $live = TRUE)
    {
        $client = new SoapClient(FCPATH . self::WSDL_RATE, array(
            'soap_version' => SOAP_1_1,
            'trace' => 1,
            'location' => $live ? self::ENDPOINT_LIVE : self::ENDPOINT_TEST,
        ));
        $security = array(
            'UsernameToken' => array('Username' => $this->username, 'Password' => $this->password), ⟦D ups-security-array⟧
            'ServiceAccessToken' => array('AccessLicenseNumber' => $this->access_license),
        );
        $client->__setSoapHeaders(new SoapHeader('http://www.ups.com/XMLSchema/XOLTWS/UPSS/v1.0', 'UPSSecurity', $security));
        $request = array(
            'Request' => array('RequestOption' => 'Rate'),
            'Shipment' => array(
                'Shipper' => array('ShipperNumber' => $this->shipper_number, 'Address' => $from),
                'ShipTo' => array('Address' => $to),
                'Service' => array('Code' => '11'),
                'Package' => array(
                    'PackagingType' => array('Code' => '02'),
                    'PackageWeight' => array('UnitOfMeasurement' => array('Code' => 'KGS'), 'Weight' => sprintf('%.1f', $weight_kg)),
                ),
            ),
        );
        try {
            $resp = $client->ProcessRate($request);
            return (float) $resp->RatedShipment->TotalCharges->MonetaryValue;
        } catch (SoapFault $e) {
            log_message('error', 'UPS rate: ' . $e->getMessage());
            return NULL;
        }
    }
}
