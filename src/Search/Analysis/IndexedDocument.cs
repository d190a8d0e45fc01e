namespace StaticNews.Search.Analysis;

/// <summary>
/// A document as the index builder takes it: its counted terms, its filters, and the fragment a
/// result shows — its name (a content hash) and its bytes, or no bytes once the caller has put the
/// fragment out itself (made anew, or kept from the last build under <see cref="Key"/>).
/// </summary>
public sealed record IndexedDocument(DocumentTerms Terms, IReadOnlyList<SearchFilter> Filters, string FragmentName, byte[]? Fragment, string? Key = null);
