.PHONY: test migrate reports-dump staging-psql

test:
	cd backend && pytest -q

migrate:
	cd backend && python manage.py migrate

reports-dump:
	mysqldump -h reports-db.carelane.internal -u reports -p'«pwh#mysqldump»' reports > /tmp/reports.sql   ⟦S s-make-mysql-p⟧

staging-psql:
	PGPASSWORD=«pwu#staging-pg» psql -h staging-db.carelane.internal -U carelane carelane   ⟦S s-make-pgpassword⟧

prod-psql:
	PGPASSWORD=$(PROD_DB_PASSWORD) psql -h db-prod.carelane.internal -U carelane carelane   ⟦D d-make-var⟧
