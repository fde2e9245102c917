/** Common choices offered for locale and currency; any valid BCP 47 tag or ISO 4217 code may be typed. */

export const COMMON_LOCALES = [
  'en-US', 'en-GB', 'en-CA', 'en-AU', 'en-IE', 'en-IN', 'de-DE', 'de-AT', 'de-CH', 'fr-FR', 'fr-CA', 'fr-BE', 'fr-CH',
  'es-ES', 'es-MX', 'it-IT', 'nl-NL', 'nl-BE', 'pt-PT', 'pt-BR', 'sv-SE', 'da-DK', 'nb-NO', 'fi-FI', 'pl-PL', 'cs-CZ',
  'ja-JP', 'ko-KR', 'zh-CN', 'zh-TW',
] as const;

export const COMMON_CURRENCIES = [
  'USD', 'EUR', 'GBP', 'CHF', 'CAD', 'AUD', 'JPY', 'CNY', 'INR', 'SEK', 'NOK', 'DKK', 'PLN', 'CZK', 'BRL', 'MXN', 'KRW', 'SGD', 'NZD', 'ZAR',
] as const;

/** "German (Germany)" in the reader's language; the tag itself when the browser cannot say. */
export function localeName(tag: string): string {
  try {
    return new Intl.DisplayNames(undefined, { type: 'language' }).of(tag) ?? tag;
  } catch {
    return tag;
  }
}

export function currencyName(code: string): string {
  try {
    return new Intl.DisplayNames(undefined, { type: 'currency' }).of(code) ?? code;
  } catch {
    return code;
  }
}
