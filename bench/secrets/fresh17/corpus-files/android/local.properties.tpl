## This file must *NOT* be checked into Version Control Systems,
# as it contains information specific to your local configuration.
sdk.dir=/Users/lena/Library/Android/sdk
MAPS_API_KEY=«firebase#maps» ⟦D localprops-maps⟧
sentry.auth.token=sntrys_«alnum:64#sentry-auth» ⟦S localprops-sentry⟧
DATADOG_CLIENT_TOKEN=«dd_pub#android» ⟦D localprops-dd⟧
