namespace StaticNews.Enrichment.Entities;

public enum EntityType
{
    Location,
    Person,
    Organisation,
}
