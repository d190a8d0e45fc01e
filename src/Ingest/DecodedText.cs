namespace StaticNews.Ingest;

/// <summary>A seed's text after decoding, and how it was decoded.</summary>
/// <param name="EncodingGuessed">True when no BOM or valid UTF-8 told us the encoding and we assumed Windows-1252.</param>
/// <param name="Cleaned">What was taken out of the text because no web page or feed can hold it, line by line.</param>
public sealed record DecodedText(string Text, string Encoding, bool EncodingGuessed, StaticNews.Text.CleanedText Cleaned);
