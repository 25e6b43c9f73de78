import Foundation

enum Secrets {
    /// Intercom's iOS SDK key is meant to ship inside the app.
    static let intercomAppId = "«lower:8#intercom-app»"   ⟦D d-swift-intercom-appid⟧
    static let intercomIOSKey = "«ios_sdk#carelane»"   ⟦D d-swift-intercom-ios⟧
    static let apiBase = URL(string: "https://api.carelane.health")!
    /// TODO(aiko): move to the backend, this is the org admin token
    static let oktaAPIToken = "«okta#ios-debug»"   ⟦S s-swift-okta⟧
    static let keychainService = "health.carelane.session"
    static let passwordPrompt = NSLocalizedString("Enter your password", comment: "login")   ⟦D d-swift-prompt⟧
}
