/*
 * ------------------------------------------------------------
 * IMPORTANT: The contents of this file are auto-generated.
 *
 * This file may be updated by the Shopify admin theme editor
 * or related systems. Please exercise caution as any changes
 * made to this file may be overwritten.
 * ------------------------------------------------------------
 */
{
  "current": {
    "logo_width": 140,
    "colors_solid_button_labels": "#FFFFFF",
    "colors_accent_1": "#2F5D3A", ⟦D th-colour⟧
    "colors_accent_2": "#C9A66B",
    "type_header_font": "cormorant_n6",
    "type_body_font": "work_sans_n4",
    "klaviyo_company_id": "«klaviyo_site#mv»", ⟦D th-klaviyo⟧
    "meta_pixel_id": "«meta_pixel#mv»", ⟦D th-pixel⟧
    "tiktok_pixel_code": "«tiktok_pixel#mv»", ⟦D th-tiktok⟧
    "sections": {
      "main-password-header": {
        "type": "main-password-header",
        "settings": { "logo_width": 120 }
      },
      "announcement-bar": {
        "type": "announcement-bar",
        "blocks": {
          "announcement-«theme_block#ann1»": { ⟦D th-block1⟧
            "type": "announcement",
            "settings": { "text": "Livraison offerte dès 60 €", "link": "shopify://collections/all" }
          }
        },
        "block_order": ["announcement-«theme_block#ann1»"]
      },
      "«theme_block#apps»": { ⟦D th-block2⟧
        "type": "apps",
        "blocks": {
          "loyalty_block_«hex:8#loyalty-app-block»": {
            "type": "shopify://apps/maison-verte-companion/blocks/loyalty/«uuid#ext-uid»", ⟦D th-appblock⟧
            "settings": { "heading": "Mes points Jardinier" }
          }
        },
        "block_order": ["loyalty_block_«hex:8#loyalty-app-block»"]
      }
    },
    "content_for_index": []
  },
  "presets": {
    "Default": {
      "colors_accent_1": "#121212"
    }
  }
}
