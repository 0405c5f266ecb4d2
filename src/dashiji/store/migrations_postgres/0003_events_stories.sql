-- dashiji store on PostgreSQL, schema version 3 (migrations/0003_events_stories.sql): events as rows, merged across articles, and stories.
-- The tables are derived from the `event` spans and the articles (dashiji.stories): they can be
-- rebuilt from them at any time (`dashiji stories --rebuild`).  A store migrated from version 2
-- fills them when it is next opened for writing (Store.open → dashiji.stories.catch_up).

-- One coded event in one article: the Event record of its span, with the columns one filters on.
CREATE TABLE event_mentions (
    mention_id     TEXT PRIMARY KEY,        -- Event.id
    doc_id         TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    event_id       TEXT NOT NULL,           -- the cross-article event (events.event_id)
    type           TEXT,                    -- PLOVER
    news_type      TEXT,                    -- DuEE class-type
    cameo          TEXT,
    date           TEXT,
    precision      TEXT,
    status         TEXT,
    modality       TEXT,
    place          TEXT,
    place_country  TEXT,
    trigger        TEXT,
    sentence       TEXT,
    start          INTEGER,
    "end"          INTEGER,
    outlet         TEXT,
    published      TEXT,                    -- the article's date
    announced      TEXT,                    -- for a planned event: the day it was announced
    merge_reason   TEXT,                    -- JSON: why it joined its event
    event          TEXT NOT NULL            -- JSON: Event.to_dict()
);
CREATE INDEX event_mentions_event ON event_mentions(event_id);
CREATE INDEX event_mentions_doc ON event_mentions(doc_id);

-- One real-world event, however many articles report it.
CREATE TABLE events (
    event_id        TEXT PRIMARY KEY,       -- the id of its first mention
    type            TEXT,
    mode            TEXT,
    news_type       TEXT,
    cameo           TEXT,
    root_code       TEXT,
    quad_class      INTEGER,
    goldstein       DOUBLE PRECISION,
    date            TEXT,                   -- best-supported date (YYYY-MM-DD, YYYY-MM, YYYY, range)
    precision       TEXT,
    date_source     TEXT,                   -- 'text' (stated) or 'report' (the article's date)
    status          TEXT,                   -- latest status reported
    modality        TEXT,
    place           TEXT,
    place_kb_id     TEXT,
    place_country   TEXT,
    actor1_name     TEXT,
    actor1_kb_id    TEXT,
    actor1_country  TEXT,
    actor2_name     TEXT,
    actor2_kb_id    TEXT,
    actor2_country  TEXT,
    story_id        TEXT,
    trigger         TEXT,
    summary         TEXT,
    mention_id      TEXT,                   -- the best-supported mention
    sentence        TEXT,                   -- ... its sentence
    doc_id          TEXT,                   -- ... and its article
    num_mentions    INTEGER NOT NULL DEFAULT 0,
    num_sources     INTEGER NOT NULL DEFAULT 0,   -- distinct outlets
    num_articles    INTEGER NOT NULL DEFAULT 0,
    first_seen      TEXT,                   -- earliest / latest article date
    last_seen       TEXT,
    status_history  TEXT                    -- JSON list: {status, date, as_of, doc_id, mention_id}
);
CREATE INDEX events_type ON events(type);
CREATE INDEX events_news_type ON events(news_type);
CREATE INDEX events_cameo ON events(cameo);
CREATE INDEX events_date ON events(date);
CREATE INDEX events_status ON events(status, modality);
CREATE INDEX events_place ON events(place_country, place_kb_id);
CREATE INDEX events_story ON events(story_id);
CREATE INDEX events_actor1 ON events(actor1_kb_id, actor1_country);
CREATE INDEX events_actor2 ON events(actor2_kb_id, actor2_country);

-- Every actor of an event (both sides and parties), for actor filters and joins.
CREATE TABLE event_actors (
    event_id   TEXT NOT NULL,
    actor_key  TEXT NOT NULL,               -- kb id, or the name folded to simplified script
    side       TEXT NOT NULL,
    name       TEXT NOT NULL,
    kb_id      TEXT,
    country    TEXT,
    PRIMARY KEY (event_id, actor_key, side)
);
CREATE INDEX event_actors_key ON event_actors(actor_key);
CREATE INDEX event_actors_country ON event_actors(country);

-- Stories: articles grouped by what they are about, as they arrive.
CREATE TABLE stories (
    story_id      TEXT PRIMARY KEY,         -- 's-' + the id of its first article; stable
    title         TEXT,
    start         TEXT,
    "end"         TEXT,
    actors        TEXT,                     -- JSON list of {name, kb_id, count}
    num_articles  INTEGER NOT NULL DEFAULT 0,
    num_events    INTEGER NOT NULL DEFAULT 0,
    merged_into   TEXT,                     -- set when the story joined another
    updated_at    TEXT
);
CREATE INDEX stories_end ON stories("end");

CREATE TABLE story_articles (
    doc_id      TEXT PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
    story_id    TEXT NOT NULL,
    similarity  DOUBLE PRECISION,                       -- to the story when it joined (1.0: it began it)
    published   TEXT
);
CREATE INDEX story_articles_story ON story_articles(story_id);

-- Each story's profile (centroid) as weighted terms, indexed by term to find candidates fast.
CREATE TABLE story_terms (
    term      TEXT NOT NULL,
    story_id  TEXT NOT NULL,
    weight    DOUBLE PRECISION NOT NULL,
    PRIMARY KEY (term, story_id)
);
CREATE INDEX story_terms_story ON story_terms(story_id);

-- What a reader of datasette wants to see of an event.
CREATE VIEW events_view AS
SELECT e.date, e.summary, e.type, e.news_type, e.cameo, e.status, e.modality,
       e.actor1_name AS actor1, e.actor2_name AS actor2, e.place,
       e.num_mentions, e.num_sources, e.num_articles, s.title AS story, e.sentence,
       e.event_id, e.story_id, e.doc_id
FROM events e LEFT JOIN stories s ON s.story_id = e.story_id;

-- ... and of a story.
CREATE VIEW stories_view AS
SELECT s.title, s.start, s."end", s.num_articles, s.num_events, s.actors, s.story_id
FROM stories s WHERE s.merged_into IS NULL;
