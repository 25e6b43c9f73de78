b0VIM 9.0
femi
db-prod-1
/opt/carelane/backend/.env
U3210
#"! 
DJANGO_SETTINGS_MODULE=carelane.settings.production
DATABASE_URL=postgres://carelane_app:«pwu#pg-prod-old»@db-prod.carelane.internal:5432/carelane   ⟦S s-swp-dburl⟧
PLIVO_AUTH_TOKEN=«alnum:40#plivo-old»   ⟦S s-swp-plivo⟧
TIME_ZONE=Europe/London
