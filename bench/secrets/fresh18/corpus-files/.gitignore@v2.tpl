.pio/
.vscode/
build/
__pycache__/
*.pyc
node_modules/
.env
firmware/sdkconfig.old
driver-app/.expo/
# signing and device keys live on the signing laptop / in the provisioning vault, never in git
*.key
firmware/keys/*_key.pem
flash_encryption_key.bin
