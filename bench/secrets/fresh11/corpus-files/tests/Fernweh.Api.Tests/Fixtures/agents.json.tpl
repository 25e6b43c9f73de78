[
  {
    "email": "it-agent-1@test.fernweh-reisen.de",
    "agencyNumber": "K-10077",
    "role": "AgencyAdmin",
    "password": "«pwh#it-agent-1»",  ⟦S fixture-agent-password⟧
    "passwordHash": "«identity_v3#it-agent-1»"  ⟦D fixture-agent-hash⟧
  },
  {
    "email": "locked@test.fernweh-reisen.de",
    "agencyNumber": "K-10412",
    "role": "Agent",
    "password": null,
    "passwordHash": "«identity_v3#locked»",  ⟦D fixture-locked-hash⟧
    "lockoutEndUtc": "2099-12-31T23:59:59Z"
  },
  {
    "email": "invalid@test.fernweh-reisen.de",
    "agencyNumber": "K-99999",
    "role": "Agent",
    "password": "wrong-password",  ⟦D fixture-wrongpassword⟧
    "expectStatus": 401
  }
]
