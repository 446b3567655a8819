import type { Metadata } from "next";
import { THEME_SCRIPT } from "@/lib/store/theme";
import "./globals.css";

export const metadata: Metadata = {
  title: "Tablewright",
  description: "A browser workbench for DynamoDB single-table design",
};

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    // The theme script sets data-theme before the first paint, so <html> may differ from
    // the server render on purpose (Next.js guide "Preventing flash before hydration").
    <html lang="en" suppressHydrationWarning>
      <head>
        <script dangerouslySetInnerHTML={{ __html: THEME_SCRIPT }} />
      </head>
      <body>{children}</body>
    </html>
  );
}
