appointment_id,clinic,patient_ref,practitioner,starts_at,status
«uuid#appt-2»,riverside-physio,PT-00412,Dr. Adaeze Obi,2024-02-05T09:30:00Z,attended   ⟦D d-csv-uuid-1⟧
«uuid#appt-3»,smile-dental,PT-10988,Dr. Tomasz Wójcik,2024-02-06T14:00:00Z,no-show   ⟦D d-csv-uuid-2⟧
«uuid#appt-4»,harbour-osteo,PT-20017,Siobhán Ní Bhriain,2024-02-07T11:15:00Z,cancelled   ⟦D d-csv-uuid-3⟧
