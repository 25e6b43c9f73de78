FASTLANE_USER=apps@maisonverte.fr
FASTLANE_APPLE_APPLICATION_SPECIFIC_PASSWORD=«app_specific#fastlane» ⟦S fe-asp⟧
FASTLANE_SKIP_UPDATE_CHECK=1
SLACK_URL=«slackhook#fastlane» ⟦S fe-slack⟧
