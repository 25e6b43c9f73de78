/.bundle
/log/*
/tmp/*
/storage/*
/node_modules
driver_app/build/
