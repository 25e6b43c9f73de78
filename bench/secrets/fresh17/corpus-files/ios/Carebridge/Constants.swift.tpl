import Foundation

enum Constants {
    static let apiBaseURL = URL(string: Bundle.main.object(forInfoDictionaryKey: "API_BASE_URL") as! String)!
    static let supportPhone = "+1-617-555-0142"
    static let visitJoinWindow: TimeInterval = 10 * 60

    enum Keys {
        static let stripePublishable = Bundle.main.object(forInfoDictionaryKey: "StripePublishableKey") as? String ?? ""
        /// Key for the pharmacy-finder proxy. Server validates the bundle id header too.
        static let pharmacyLookup = "«hex:40#pharmacy»" ⟦S swift-pharmacy⟧
    }

    #if DEBUG
    /// QA account on staging, pre-filled on the login screen in debug builds
    static let qaEmail = "qa.patient@carebridge.test"
    static let qaPassword = "«pw_human#qa-ios»" ⟦S swift-qapw⟧
    #endif

    enum Strings {
        static let passwordPlaceholder = "Password" ⟦D swift-pwstr⟧
        static let forgotPassword = "Forgot your password?"
        static let tokenExpired = "Your session expired. Please sign in again."
    }
}
