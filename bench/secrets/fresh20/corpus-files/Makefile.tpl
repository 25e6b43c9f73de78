.PHONY: test lint run worker

run:
	./manage.py runserver

worker:
	celery -A homestead worker -Q default,mls,feeds -l info

test:
	./manage.py test

lint:
	ruff check . && (cd frontend && npm run lint)

sync-feed-test:
	lftp -u hmstd_ing,«pwh#ftp-apartments» -e "ls incoming; bye" sftp://feeds.apartments.com ⟦S make-lftp⟧
