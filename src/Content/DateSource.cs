namespace StaticNews.Content;

/// <summary>
/// Where an article's date came from, best evidence first: a date line in the text, a date in
/// the seed's file name, the seeds' metadata file, or a guess (the git commit that added the
/// seed, else its file time). Written to front matter as <c>date_source</c>.
/// </summary>
public enum DateSource
{
    Text,
    FileName,
    Metadata,
    Git,
    FileTime,
}
