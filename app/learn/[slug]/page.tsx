import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { TOPICS, topicBySlug } from "@/lib/teach";

// Only the topics we wrote exist; any other slug is a 404.
export const dynamicParams = false;

export function generateStaticParams() {
  return TOPICS.map((t) => ({ slug: t.slug }));
}

export async function generateMetadata({ params }: { params: Promise<{ slug: string }> }): Promise<Metadata> {
  const topic = topicBySlug((await params).slug);
  return { title: topic ? `${topic.title} · Learn · Tablewright` : "Learn · Tablewright" };
}

/** One explanation: what it is, the DynamoDB behaviour behind it, where AWS documents it. */
export default async function LearnTopic({ params }: { params: Promise<{ slug: string }> }) {
  const topic = topicBySlug((await params).slug);
  if (!topic) notFound();
  return (
    <main className="learn">
      <nav aria-label="Learn" className="row">
        <Link href="/">Back to the workbench</Link>
        <Link href="/learn">All topics</Link>
      </nav>
      <article aria-labelledby="topic-title">
        <p className="muted">{topic.kind === "finding" ? <>Finding <code>{topic.ref}</code></> : "Technique"}</p>
        <h1 id="topic-title">{topic.title}</h1>
        <p>{topic.summary}</p>
        <h2>The DynamoDB behaviour behind it</h2>
        <p>{topic.behaviour}</p>
        <p className="muted">
          In the AWS DynamoDB Developer Guide: {topic.sources.map((s, i) => (
            <span key={s}>
              {i > 0 && "; "}
              <cite>{s}</cite>
            </span>
          ))}
          .
        </p>
        {topic.related.length > 0 && (
          <>
            <h2>Related</h2>
            <ul>
              {topic.related.map((slug) => (
                <li key={slug}>
                  <Link href={`/learn/${slug}`}>{topicBySlug(slug)?.title ?? slug}</Link>
                </li>
              ))}
            </ul>
          </>
        )}
      </article>
    </main>
  );
}
