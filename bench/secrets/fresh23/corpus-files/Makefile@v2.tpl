APP      := belegwerk
HOST     := bw-prod-1.belegwerk.de
SBOX     := u«digits:6#sbox»@u«digits:6#sbox».your-storagebox.de
VERSION  := $(shell git describe --tags --always)

.PHONY: dev build test seed deploy backup-scans secrets-decrypt

dev:
	air -c .air.toml

build:
	CGO_ENABLED=1 go build -ldflags "-X main.version=$(VERSION)" -o $(APP) ./cmd/belegwerk

test:
	go test ./...

seed:
	go run ./cmd/belegwerk seed --demo

deploy: build
	rsync -az $(APP) deploy@$(HOST):/opt/belegwerk/$(APP).new
	ssh deploy@$(HOST) 'mv /opt/belegwerk/$(APP).new /opt/belegwerk/$(APP) && sudo systemctl restart belegwerk'

# Belegscans zusätzlich auf die Storage Box (Port 23, rsync über ssh, Key statt Passwort)
backup-scans:
	rsync -az -e 'ssh -p 23 -i ~/.ssh/storagebox_ed25519' /var/lib/belegwerk/scans/ $(SBOX):scans/

secrets-decrypt:
	age -d -i ~/.config/age/belegwerk.txt -o .env.prod secrets/prod.env.age

hcloud-snapshot:
	hcloud server create-image --type snapshot bw-prod-1
