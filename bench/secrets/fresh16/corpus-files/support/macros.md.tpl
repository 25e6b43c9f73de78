# Support macro library

Source of truth for the saved replies in Intercom. Edit here, then paste into Intercom → Macros. Placeholders in
`{{double braces}}` are Intercom attributes. ⟦D mac-intro⟧

---

## Teacher can't log in

Hi {{first_name|there}},

Sorry about that! Your school signs you in through {{company.sso_provider}}, so please use the
"Log in with {{company.sso_provider}}" button rather than typing a password. If the button is missing, ⟦D mac-sso⟧
your district admin may not have approved Classnote yet; I've let them know.

---

## Password reset (non-SSO districts only)

Hi {{first_name}},

I've sent a password reset link to {{email}}. It expires in 2 hours. Your new password needs at least
12 characters; a short sentence works well. ⟦D mac-pwrule⟧

> Internal: if the link never arrives (district spam filters), set a temporary password from the admin console →
> Users → Reset, use `«weak#support-temp»` and tick "must change at next login". Never paste it in the ⟦S mac-temppw⟧
> conversation; read it out on the phone.

---

## Student hand-in stuck on "Uploading"

Hi {{first_name}},

Thanks for the screenshot. This happens when the school Wi-Fi blocks `cdn.classnote.io`. Could you ask the IT
team to allow `*.classnote.io` and `*.mux.com`? In the meantime the app keeps the photo and retries by itself.

---

## Live lesson: Zoom link doesn't open

Hi {{first_name}},

Your district uses the Zoom integration. The meeting is created under the teacher's account when the lesson
starts; if the teacher's Zoom account isn't licensed, students see "This meeting has not started". Ask the
teacher to sign in at zoom.us with their school email once, then press "Start live lesson" again.

> Internal: the webhook log is in Papertrail, search `Webhooks::ZoomController`. Staging Zoom user for
> reproducing: qa-zoom@classnote.io / «pwh#zoom-qa» ⟦S mac-zoomqa⟧

---

## Parent didn't get the SMS

Hi {{first_name}},

Texts to parents are only sent when the parent opted in on the enrolment form. If they replied STOP at some
point, they need to text START to the number they got messages from. I've checked: {{custom.sms_status}}. ⟦D mac-sms⟧
