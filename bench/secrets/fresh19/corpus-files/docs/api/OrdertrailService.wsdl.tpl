<?xml version="1.0" encoding="UTF-8"?>
<definitions name="OrdertrailService"
    targetNamespace="urn:ordertrail:service:v1"
    xmlns:tns="urn:ordertrail:service:v1"
    xmlns:soap="http://schemas.xmlsoap.org/wsdl/soap/"
    xmlns:xsd="http://www.w3.org/2001/XMLSchema"
    xmlns="http://schemas.xmlsoap.org/wsdl/">
  <types>
    <xsd:schema targetNamespace="urn:ordertrail:service:v1">
      <xsd:complexType name="Auth">
        <xsd:sequence>
          <xsd:element name="Kdnr" type="xsd:string"/>
          <xsd:element name="ApiKey" type="xsd:string"/> ⟦D wsdl-apikey-element⟧
        </xsd:sequence>
      </xsd:complexType>
      <xsd:complexType name="OrderLine">
        <xsd:sequence>
          <xsd:element name="ArticleNo" type="xsd:string"/>
          <xsd:element name="Qty" type="xsd:decimal"/>
        </xsd:sequence>
      </xsd:complexType>
      <xsd:element name="PlaceOrder">
        <xsd:complexType>
          <xsd:sequence>
            <xsd:element name="Auth" type="tns:Auth"/>
            <xsd:element name="Line" type="tns:OrderLine" maxOccurs="unbounded"/>
          </xsd:sequence>
        </xsd:complexType>
      </xsd:element>
      <xsd:element name="PlaceOrderResponse">
        <xsd:complexType><xsd:sequence><xsd:element name="OrderNo" type="xsd:string"/></xsd:sequence></xsd:complexType>
      </xsd:element>
    </xsd:schema>
  </types>
  <message name="PlaceOrderIn"><part name="parameters" element="tns:PlaceOrder"/></message>
  <message name="PlaceOrderOut"><part name="parameters" element="tns:PlaceOrderResponse"/></message>
  <portType name="OrdertrailPort">
    <operation name="PlaceOrder"><input message="tns:PlaceOrderIn"/><output message="tns:PlaceOrderOut"/></operation>
  </portType>
  <binding name="OrdertrailBinding" type="tns:OrdertrailPort">
    <soap:binding style="document" transport="http://schemas.xmlsoap.org/soap/http"/>
    <operation name="PlaceOrder">
      <soap:operation soapAction="urn:ordertrail:service:v1#PlaceOrder"/>
      <input><soap:body use="literal"/></input>
      <output><soap:body use="literal"/></output>
    </operation>
  </binding>
  <service name="OrdertrailService">
    <port name="OrdertrailPort" binding="tns:OrdertrailBinding">
      <soap:address location="https://api.ordertrail.de/soap/OrdertrailService"/> ⟦D wsdl-address⟧
    </port>
  </service>
</definitions>
