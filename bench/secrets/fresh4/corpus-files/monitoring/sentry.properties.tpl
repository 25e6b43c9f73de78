defaults.url=https://sentry.io/
defaults.org=northbeam   ⟦D d-sentry-org⟧
defaults.project=carelane-ios
auth.token=«sntrys#ios»   ⟦S s-sentry-org-token⟧
