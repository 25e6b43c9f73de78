{
  "resourceType": "Patient",
  "id": "erXuFYUfucBZaryVksYEcMg3", ⟦D patient-id⟧
  "meta": { "versionId": "1", "lastUpdated": "2024-03-11T09:30:00Z" },
  "identifier": [
    { "system": "urn:oid:1.2.840.114350.1.13.0.1.7.5.737384.14", "value": "E4007" },
    { "system": "http://hl7.org/fhir/sid/us-ssn", "value": "000-00-0000" }
  ],
  "name": [{ "use": "official", "family": "Lopez", "given": ["Camila", "Maria"] }],
  "gender": "female",
  "birthDate": "1987-09-12",
  "generalPractitioner": [
    { "reference": "Practitioner/«hex:24#pract»", "identifier": { "system": "http://hl7.org/fhir/sid/us-npi", "value": "«npi#pract»" } } ⟦D patient-npi⟧
  ],
  "extension": [
    { "url": "http://open.epic.com/FHIR/StructureDefinition/extension/legal-sex", "valueCodeableConcept": { "coding": [{ "code": "female" }] } }
  ]
}
