import Foundation

/// Thin client for the Shopify Storefront GraphQL API (products, cart, checkout URL).
/// The token comes from Info.plist, filled from the xcconfig at build time.
final class StorefrontClient {
    static let shared = StorefrontClient()

    private let endpoint: URL
    private let token: String
    private let session: URLSession

    init(bundle: Bundle = .main, session: URLSession = .shared) {
        let domain = bundle.object(forInfoDictionaryKey: "SHOP_DOMAIN") as? String ?? "maisonverte.myshopify.com"
        endpoint = URL(string: "https://\(domain)/api/2024-01/graphql.json")!
        token = bundle.object(forInfoDictionaryKey: "STOREFRONT_ACCESS_TOKEN") as? String ?? "" ⟦D sf-token-plist⟧
        self.session = session
    }

    func query<T: Decodable>(_ query: String, variables: [String: Any] = [:], as type: T.Type) async throws -> T {
        var request = URLRequest(url: endpoint)
        request.httpMethod = "POST"
        request.setValue("application/json", forHTTPHeaderField: "Content-Type")
        request.setValue(token, forHTTPHeaderField: "X-Shopify-Storefront-Access-Token")
        request.httpBody = try JSONSerialization.data(withJSONObject: ["query": query, "variables": variables])
        let (data, response) = try await session.data(for: request)
        guard let http = response as? HTTPURLResponse, http.statusCode == 200 else {
            throw URLError(.badServerResponse)
        }
        struct Envelope: Decodable { let data: T }
        return try JSONDecoder().decode(Envelope.self, from: data).data
    }
}
