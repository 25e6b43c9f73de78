<?php
/**
 * SAP Business One Service Layer client (B1 9.3 PL10, HANA) for Hansa Frischdienst, who want their
 * orders pushed straight into their B1 instead of the CSV drop. WIP – Sabine.
 */
class OT_Sapb1_ServiceLayer
{
    private $base = 'https://b1.hansa-frisch.de:50000/b1s/v1/';
    private $session;

    private $login = array(
        'CompanyDB' => 'SBO_HANSA_PROD',
        'UserName'  => 'ordertrail',
        'Password'  => '«hpw#sapb1»', ⟦S sapb1-password⟧
    );

    public function login()
    {
        $r = $this->request('POST', 'Login', $this->login);
        $this->session = $r['SessionId']; // B1SESSION cookie value, valid 30 minutes ⟦D sapb1-session-comment⟧
        return $this->session !== NULL;
    }

    public function pushOrder(array $order)
    {
        $doc = array(
            'CardCode'      => 'L' . $order['kdnr'],
            'DocDueDate'    => $order['delivery_date'],
            'NumAtCard'     => $order['order_no'],
            'DocumentLines' => array_map(function ($l) {
                return array('ItemCode' => $l['article_no'], 'Quantity' => $l['qty'], 'UnitPrice' => $l['net_price']);
            }, $order['lines']),
        );
        return $this->request('POST', 'Orders', $doc);
    }

    private function request($method, $path, array $body = NULL)
    {
        $ch = curl_init($this->base . $path);
        curl_setopt($ch, CURLOPT_CUSTOMREQUEST, $method);
        curl_setopt($ch, CURLOPT_RETURNTRANSFER, TRUE);
        curl_setopt($ch, CURLOPT_HTTPHEADER, array('Content-Type: application/json'));
        if ($this->session) {
            curl_setopt($ch, CURLOPT_COOKIE, 'B1SESSION=' . $this->session . '; ROUTEID=.node1'); ⟦D sapb1-cookie-var⟧
        }
        if ($body !== NULL) {
            curl_setopt($ch, CURLOPT_POSTFIELDS, json_encode($body));
        }
        $raw = curl_exec($ch);
        return json_decode($raw, TRUE);
    }
}
