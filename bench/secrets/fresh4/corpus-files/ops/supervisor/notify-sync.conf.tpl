[program:notify-sync]
command=/opt/notify/bin/notify eval "Notify.Sync.run()"
autostart=true
autorestart=true
environment=
    ALIBABA_CLOUD_ACCESS_KEY_ID="«ltai#sms-cn»",   ⟦S s-supervisor-ltai⟧
    ALIBABA_CLOUD_ACCESS_KEY_SECRET="«alnum:30#ali-secret»",   ⟦S s-supervisor-ali-secret⟧
    HOME="/home/notify",USER="notify",MIX_ENV="prod"
stdout_logfile=/var/log/supervisor/notify-sync.log
