apiVersion: v1
kind: ConfigMap
metadata:
  name: {{ include "carelane.fullname" . }}-branding
binaryData:
  theme.json: «b64text:{"theme":"light","accent":"teal","font":"Inter"}»   ⟦D d-cm-b64-json⟧
  favicon.png: «png_b64:120#favicon»   ⟦D d-cm-png⟧
data:
  CLINIC_TIMEZONE_DEFAULT: Europe/London
  FEATURE_FLAGS: "waitlist,sms-reminders,no-show-fee"
