import { Route, Routes } from "react-router";
import { PlansPage } from "./plans-page";

/** Admin pages, one lazily loaded chunk (most users never open them). */
export default function AdminRoutes() {
  return (
    <Routes>
      <Route index element={<AdminPending title="Dashboard" />} />
      <Route path="plans" element={<PlansPage />} />
      <Route path="partners" element={<AdminPending title="Partners" />} />
      <Route path="users" element={<AdminPending title="Users" />} />
      <Route path="developers" element={<AdminPending title="Developer portal" />} />
      <Route path="*" element={<p role="alert">No such admin page.</p>} />
    </Routes>
  );
}

function AdminPending(props: { title: string }) {
  return (
    <>
      <h1>{props.title}</h1>
      <p>This page is not built yet.</p>
    </>
  );
}
