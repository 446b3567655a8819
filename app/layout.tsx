import type { Metadata } from "next";
import "./globals.css";

export const metadata: Metadata = {
  title: "Tablewright",
  description: "A browser workbench for DynamoDB single-table design",
};

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
