#include <WiFi.h>
#include <PubSubClient.h>
#include <OneWire.h>
#include <DallasTemperature.h>

const char* ssid = "ColdchainLab";
const char* password = "«human#labwifi-old»"; ⟦S ino-wifi⟧

const char* mqtt_server = "192.168.20.5";
const int   mqtt_port = 1883;
const char* mqtt_user = "proto";
const char* mqtt_pass = "«weak#proto-mqtt»"; ⟦S ino-mqtt⟧

OneWire oneWire(4);
DallasTemperature sensors(&oneWire);
WiFiClient espClient;
PubSubClient client(espClient);

void reconnect() {
  while (!client.connected()) {
    Serial.print("MQTT connect...");
    if (client.connect("proto-probe-1", mqtt_user, mqtt_pass)) { ⟦D ino-connect⟧
      Serial.println("ok");
    } else {
      Serial.print("failed, rc=");
      Serial.println(client.state());
      delay(5000);
    }
  }
}

void setup() {
  Serial.begin(115200);
  WiFi.begin(ssid, password);
  while (WiFi.status() != WL_CONNECTED) {
    delay(500);
    Serial.print(".");
  }
  client.setServer(mqtt_server, mqtt_port);
  sensors.begin();
}

void loop() {
  if (!client.connected()) reconnect();
  client.loop();
  sensors.requestTemperatures();
  float t = sensors.getTempCByIndex(0);
  char buf[16];
  dtostrf(t, 4, 2, buf);
  client.publish("proto/probe1/temp", buf);
  delay(10000);
}
