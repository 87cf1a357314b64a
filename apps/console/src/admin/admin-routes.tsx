import { lazy, Suspense } from "react";
import { Route, Routes } from "react-router";
import { PartnersPage } from "./partners-page";
import { PlansPage } from "./plans-page";
import { UsersPage } from "./users-page";

// Pages with charts load their own chunk on top of this one.
const PartnerDetailPage = lazy(() => import("./partner-detail-page"));
const UserDetailPage = lazy(() => import("./user-detail-page"));
const DashboardPage = lazy(() => import("./dashboard-page"));
const DeveloperPortalPage = lazy(() => import("../developers/developer-portal-page"));
const loading = <p role="status">Loading…</p>;

/** Admin pages, one lazily loaded chunk (most users never open them). */
export default function AdminRoutes() {
  return (
    <Routes>
      <Route index element={<Suspense fallback={loading}><DashboardPage /></Suspense>} />
      <Route path="plans" element={<PlansPage />} />
      <Route path="partners" element={<PartnersPage />} />
      <Route path="partners/:partnerId" element={<Suspense fallback={loading}><PartnerDetailPage /></Suspense>} />
      <Route path="users" element={<UsersPage />} />
      <Route path="users/:username" element={<Suspense fallback={loading}><UserDetailPage /></Suspense>} />
      <Route path="developers" element={<Suspense fallback={loading}><DeveloperPortalPage /></Suspense>} />
      <Route path="*" element={<p role="alert">No such admin page.</p>} />
    </Routes>
  );
}
