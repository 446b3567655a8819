import { Workbench } from "@/components/workbench/Workbench";

export default function Home() {
  return <Workbench />;
}
