pub   rsa4096 2023-02-14 [SC] [expires: 2026-02-13]
      6E1B0C5D3A2F4E7B9C8D1A2B7A3F19C2D84B6E05
uid   First Continental Bank ACH Operations <ach-ops@firstcontinental-bank.com>

«pgp_pub#bank» ⟦D pgp-bank-pub⟧
