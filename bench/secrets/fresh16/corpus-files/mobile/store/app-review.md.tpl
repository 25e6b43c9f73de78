# App Store / Google Play review notes

Paste into *App Review Information → Notes* (iOS) and *App access* (Play Console) on every submission.

> Classnote is used by schools. Accounts are created by the school district, so there is no public sign-up.
> Please use this teacher demo account:
>
> Email: appreview@classnote.io
> Password: «pwh#appreview» ⟦S review-pw⟧
>
> The account belongs to a demo school with sample classes. To see the student experience, tap the
> profile picture → "Switch to student view".

The account lives on **production** (reviewers can't reach staging). If Apple rejects for "demo account doesn't
work", check that nobody reset the password from the admin console.

Screenshots: `mobile/store/screenshots/` (6.7" and 12.9"), generated with `yarn screenshots`.
