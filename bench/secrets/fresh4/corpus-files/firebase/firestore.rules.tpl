rules_version = '2';
service cloud.firestore {
  match /databases/{database}/documents {
    match /clinics/{clinicId}/slots/{slotId} {
      allow read: if true;
      allow write: if request.auth != null && request.auth.token.admin == true;   ⟦D d-firestore-token⟧
    }
  }
}
